/* Store rule, positive (realistic): an out-parameter API,
   `int parse (const char *s, struct result *out)'.  Filling *out with a
   pointer into a buffer of the parser's own frame is reported at that
   store; pointers into the caller's string or into a buffer the caller
   provides are fine.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct result
{
  const char *key;
  size_t key_len;
  const char *value;
  long number;
};

struct num_result { long *value; const char *end; };

/* BAD: the value points into a local copy of the input.  */
int
warn_parse (const char *s, struct result *out)
{
  char buf[128];
  size_t n = strlen (s);
  char *eq;

  if (n >= sizeof buf)
    return -1;
  memcpy (buf, s, n + 1);
  eq = strchr (buf, '=');
  if (!eq)
    return -1;
  *eq = 0;
  out->key = s; /* { dg-bogus "escape" } */
  out->key_len = (size_t) (eq - buf);
  out->value = eq + 1; /* { dg-warning "address of local variable 'buf' is stored into memory pointed to by parameter 'out', which outlives 'warn_parse' \\\[escape:store\\\]" } */
  out->number = strtol (eq + 1, NULL, 10);
  return 0;
}

/* Right: everything points into the caller's string.  */
int
nowarn_parse_in_place (const char *s, struct result *out)
{
  const char *eq = strchr (s, '=');
  if (!eq)
    return -1;
  out->key = s; /* { dg-bogus "escape" } */
  out->key_len = (size_t) (eq - s);
  out->value = eq + 1; /* { dg-bogus "escape" } */
  out->number = strtol (eq + 1, NULL, 10);
  return 0;
}

/* Right: the value is copied into storage the caller provides.  */
int
nowarn_parse_into (const char *s, char *dst, size_t cap, struct result *out)
{
  char tmp[64];
  const char *eq = strchr (s, '=');
  if (!eq || cap == 0)
    return -1;
  strncpy (tmp, eq + 1, sizeof tmp - 1);
  tmp[sizeof tmp - 1] = 0;
  strncpy (dst, tmp, cap - 1);
  dst[cap - 1] = 0;
  out->key = s;
  out->key_len = (size_t) (eq - s);
  out->value = dst; /* { dg-bogus "escape" } */
  out->number = 0;
  return 0;
}

/* BAD: the parsed number is handed back by the address of a local.  */
int
warn_parse_number (const char *s, struct num_result *out)
{
  long v;
  char *end;
  v = strtol (s, &end, 10);
  out->end = end; /* { dg-bogus "escape" } */
  out->value = &v; /* { dg-warning "address of local variable 'v' is stored into memory pointed to by parameter 'out', which outlives 'warn_parse_number' \\\[escape:store\\\]" } */
  return end != s;
}
