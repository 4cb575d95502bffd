/* Heap-to-stack hints, never for memory stored anywhere that outlives the
   call, even when it is also freed (the stored pointer then dangles, but
   that is a question for another tool): a global, a function-static, the
   caller's memory through an out parameter or a field of a parameter,
   heap memory published to a global.  Stored into a local struct that
   does not escape, it keeps its hint.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

struct ctx { char *scratch; int n; };
struct box { char *data; };

char *g_last;
struct box *g_box;

int
nowarn_global (void)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-bogus "could be an automatic object" "stored into a global" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  g_last = p;
  free (p);
  return 0;
}

int
nowarn_static (void)
{
  static char *last;
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-bogus "could be an automatic object" "stored into a static" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  last = p;
  free (p);
  return last != NULL;
}

int
nowarn_out_param (char **out)
{
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-bogus "could be an automatic object" "stored into the caller's memory" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  *out = p;
  free (p);
  return 0;
}

int
nowarn_param_field (struct ctx *c)
{
  char *p = malloc (32); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-bogus "could be an automatic object" "stored into a field of the caller's struct" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  c->scratch = p;
  c->n = 32;
  free (p);
  return 0;
}

int
nowarn_published_box (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  char *p = malloc (16); /* { dg-message "heap allocation by 'malloc' escapes \\(store\\)" } */
  /* { dg-bogus "could be an automatic object" "stored into heap memory that is published" { target *-*-* } .-1 } */
  if (!b || !p)
    return -1;
  b->data = p;
  g_box = b;
  free (p);
  return 0;
}

int
nowarn_local_struct (void)
{
  struct ctx c;
  char *p = malloc (16); /* { dg-message "heap allocation of 16 bytes by 'malloc' could be an automatic object" } */
  if (!p)
    return -1;
  c.scratch = p;
  c.n = 16;
  c.scratch[0] = 0;
  free (p);
  return c.n;
}
