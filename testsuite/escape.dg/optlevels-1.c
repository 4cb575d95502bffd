/* Optimisation levels: a larger file whose return findings must be
   identical (count, lines, text) at -O0, -O1, -O2, -O3 and -Os.  Besides
   the usual -O0/-O2 run of its directives, escape.exp compiles it at all
   five levels and compares the warnings; their number must equal the
   number of dg-warning directives below.  The file uses what the
   optimisers like to change: inline helpers, loops to unroll or
   vectorise, constant arguments, tail calls, dead stores, a switch.  */
/* { dg-do compile } */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct vec { int *data; size_t len; };
struct span { const char *p; size_t n; };

int g_counter;
static int g_table[16];

static inline int *
pass_through (int *p)
{
  return p;
}

static inline int *
pick_min (int *a, int *b)
{
  return *a <= *b ? a : b;
}

static int *
walk_to (int *p, int n)
{
  while (n-- > 0)
    p++;
  return p;
}

int *
warn_inline_helper (void)
{
  int x = 1;
  return pass_through (&x); /* { dg-warning "address of local variable 'x' is returned from 'warn_inline_helper'" } */
}

int *
warn_inline_pick (int c)
{
  int a = c, b = 2;
  return pick_min (&a, &b); /* { dg-warning "address of local variable 'a' is returned from 'warn_inline_pick'" } */
  /* { dg-warning "address of local variable 'b' is returned from 'warn_inline_pick'" "second object 'b'" { target *-*-* } .-1 } */
}

int *
warn_unrolled_loop (void)
{
  int arr[4] = { 4, 3, 2, 1 };
  int *best = arr;
  for (int i = 1; i < 4; i++)
    if (arr[i] < *best)
      best = &arr[i];
  return best; /* { dg-warning "address of local variable 'arr' is returned from 'warn_unrolled_loop'" } */
}

int *
warn_vectorizable (const int *in)
{
  int tmp[64];
  for (int i = 0; i < 64; i++)
    tmp[i] = in[i] * 2;
  return walk_to (tmp, 10); /* { dg-warning "address of local variable 'tmp' is returned from 'warn_vectorizable'" } */
}

char *
warn_constant_folded (void)
{
  char buf[8] = "abc";
  char *p = buf;
  p += 2 - 2;
  return p; /* { dg-warning "address of local variable 'buf' is returned from 'warn_constant_folded'" } */
}

int *
warn_dead_store (int c)
{
  int x = 0, y = 0;
  int *p = &x;
  p = &y;
  if (c)
    g_counter++;
  return p; /* { dg-warning "address of local variable 'y' is returned from 'warn_dead_store'" } */
}

struct vec
warn_struct_result (void)
{
  int data[4] = { 1, 2, 3, 4 };
  struct vec v = { data, 4 };
  return v; /* { dg-warning "address of local variable 'data' is returned from 'warn_struct_result'" } */
}

const char *
warn_switch_table (int k)
{
  char a[4] = "a", b[4] = "b";
  const char *r;
  switch (k)
    {
    case 0:
      r = a;
      break;
    case 1:
      r = b;
      break;
    default:
      r = "other";
      break;
    }
  return r; /* { dg-warning "address of local variable 'a' is returned from 'warn_switch_table'" } */
  /* { dg-warning "address of local variable 'b' is returned from 'warn_switch_table'" "second object 'b'" { target *-*-* } .-1 } */
}

uintptr_t
warn_as_integer (void)
{
  long l = 0;
  return (uintptr_t) &l + 8; /* { dg-warning "address of local variable 'l' is returned from 'warn_as_integer'" } */
}

int *
warn_param_address (int v)
{
  int *p = &v;
  return p; /* { dg-warning "address of parameter 'v' is returned from 'warn_param_address'" } */
}

char *
warn_memcpy_result (const char *s)
{
  char out[16];
  return memcpy (out, s, 16); /* { dg-warning "address of local variable 'out' is returned from 'warn_memcpy_result'" } */
}

struct span
warn_span (const char *s)
{
  char copy[32];
  size_t n = strlen (s) < 31 ? strlen (s) : 31;
  memcpy (copy, s, n);
  copy[n] = 0;
  struct span sp = { copy, n };
  return sp; /* { dg-warning "address of local variable 'copy' is returned from 'warn_span'" } */
}

int *
warn_tail_call (int n)
{
  int x = n;
  return walk_to (&x, 0); /* { dg-warning "address of local variable 'x' is returned from 'warn_tail_call'" } */
}

/* Clean functions: none of these may warn at any level.  */

int *
nowarn_inline_helper (int *q)
{
  return pass_through (q);
}

int *
nowarn_global_table (int i)
{
  int local = i & 15;
  return &g_table[local];
}

int
nowarn_sum (void)
{
  int arr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  int s = 0;
  for (int i = 0; i < 8; i++)
    s += *pass_through (&arr[i]);
  return s;
}

int *
nowarn_heap (size_t n)
{
  int *p = malloc (n * sizeof (int));
  if (p)
    memset (p, 0, n * sizeof (int));
  return p;
}

const char *
nowarn_literal (int k)
{
  return k ? "yes" : "no";
}

struct vec
nowarn_struct_result (int *data, size_t n)
{
  struct vec v = { data, n };
  return v;
}

int *
nowarn_overwritten (int *q)
{
  int x = 0;
  int *p = &x;
  *p = 3;
  p = q;
  return p;
}

size_t
nowarn_index (const char *s)
{
  char buf[16];
  strncpy (buf, s, 15);
  buf[15] = 0;
  char *p = strchr (buf, ':');
  return p ? (size_t) (p - buf) : 0;
}
