/* Store rule, positive: a same-file helper returns (a pointer derived
   from) its argument; the caller stores the result into a global.  The
   finding is the caller's store; the helpers are clean.  */
/* { dg-do compile } */

#include <string.h>

static int *
id (int *p)
{
  return p; /* { dg-bogus "escape" } */
}

static char *
skip_spaces (char *s)
{
  while (*s == ' ')
    s++;
  return s; /* { dg-bogus "escape" } */
}

int *g;
char *g_word;

void
warn_id (void)
{
  int x = 0;
  int *p = id (&x);
  g = p; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_id' \\\[escape:store\\\]" } */
}

void
warn_skip (void)
{
  char text[16] = "  hello";
  char *w = skip_spaces (text);
  g_word = w; /* { dg-warning "address of local variable 'text' is stored into global 'g_word', which outlives 'warn_skip' \\\[escape:store\\\]" } */
}

void
warn_libc_result (void)
{
  char path[64] = "/tmp/file.txt";
  char *ext = strrchr (path, '.');
  g_word = ext; /* { dg-warning "address of local variable 'path' is stored into global 'g_word', which outlives 'warn_libc_result' \\\[escape:store\\\]" } */
}
