/* Verbose notes, level 1, the nouns of automatic objects: a fact names
   the object as the findings do: "local variable 'x'", "parameter 'v'"
   (a parameter whose address is taken), "compound literal", "variable
   length array 'buf'", "alloca storage".  The temporary GCC makes for a
   struct returned by value gets no fact; a pointer parameter whose
   address is taken gets a fact about its own slot ("storage of 'p' (a
   parameter) does not escape") in other words than its summary
   ("parameter 'p' escapes level=0 ...").  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <alloca.h>
#include <string.h>

int *g;
char *g_s;

struct pair { int a, b; };

int *
warn_param_addr (int v) /* { dg-message "parameter 'v' escapes \\(return\\)" } */
{
  if (v < 0)
    v = 0;
  return &v; /* { dg-warning "address of parameter 'v' is returned from 'warn_param_addr' \\\[escape:return\\\]" } */
}

int
nowarn_param_addr (int v) /* { dg-message "parameter 'v' does not escape" } */
{
  int *p = &v;
  return *p + 1;
}

int
nowarn_compound (int i)
{
  const int *t = (const int[]) { 1, 2, 3 }; /* { dg-message "compound literal does not escape" } */
  return t[i & 1];
}

void
warn_compound (void)
{
  g = (int[]) { 4, 5 }; /* { dg-warning "address of compound literal is stored into global 'g', which outlives 'warn_compound' \\\[escape:store\\\]" } */
  /* { dg-message "compound literal escapes \\(store\\)" "the fact" { target *-*-* } .-1 } */
}

int
nowarn_alloca (int n)
{
  char *p = alloca (n); /* { dg-message "alloca storage does not escape" } */
  memset (p, 0, n);
  return p[0];
}

void
warn_alloca (int n)
{
  char *p = alloca (n); /* { dg-message "alloca storage escapes \\(store\\)" } */
  g_s = p; /* { dg-warning "address of alloca storage is stored into global 'g_s', which outlives 'warn_alloca' \\\[escape:store\\\]" } */
}

int
nowarn_vla (int n)
{
  char buf[n]; /* { dg-message "variable length array 'buf' does not escape" } */
  memset (buf, 0, n);
  return buf[0];
}

void
warn_vla (int n)
{
  char buf[n]; /* { dg-message "variable length array 'buf' escapes \\(store\\)" } */
  g_s = buf; /* { dg-warning "address of variable length array 'buf' is stored into global 'g_s', which outlives 'warn_vla' \\\[escape:store\\\]" } */
}

void
nowarn_param_slot (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): stores it into global 'g'" } */
/* { dg-message "storage of 'p' \\(a parameter\\) does not escape" "the slot's own fact" { target *-*-* } .-1 } */
/* { dg-bogus "parameter 'p' does not escape" "the slot's fact does not read as a summary" { target *-*-* } .-2 } */
{
  int **q = &p;
  g = *q;
}

struct pair
nowarn_struct_value (int a)
{
  struct pair p; /* { dg-message "local variable 'p' does not escape" } */
  p.a = a;
  p.b = 0;
  return p; /* { dg-bogus "compound literal" "GCC's return temporary is not a compound literal" } */
  /* { dg-bogus "does not escape" "GCC's return temporary gets no fact" { target *-*-* } .-1 } */
}
