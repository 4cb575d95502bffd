/* Fnptr rule, positive: a static function that is itself used as a
   callback calls the function pointer it was given with a buffer of its
   own frame.  */
/* { dg-do compile } */

#include <ctype.h>
#include <stddef.h>

typedef void (*emit_fn) (const char *s);
typedef void (*line_fn) (const char *line, emit_fn emit);

static void
upcase_line (const char *line, emit_fn emit)
{
  char up[128];
  size_t i;
  for (i = 0; i < sizeof up - 1 && line[i]; i++)
    up[i] = (char) toupper ((unsigned char) line[i]);
  up[i] = 0;
  emit (up); /* { dg-warning "address of local variable 'up' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

line_fn g_filter = upcase_line;

void
nowarn_run_filter (const char *line, emit_fn emit)
{
  g_filter (line, emit); /* { dg-bogus "escape" } */
}
