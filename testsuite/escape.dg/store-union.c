/* Store rule, positive: a pointer member of a global union, and a local
   union whose pointer member is copied into a global.  */
/* { dg-do compile } */

union value { long i; double d; void *p; const char *s; };

union value g_val;
void *g_raw;

void
warn_union_member (void)
{
  double d = 2.5;
  g_val.p = &d; /* { dg-warning "address of local variable 'd' is stored into global 'g_val', which outlives 'warn_union_member' \\\[escape:store\\\]" } */
}

void
warn_union_string (void)
{
  char s[8] = "text";
  g_val.s = s; /* { dg-warning "address of local variable 's' is stored into global 'g_val', which outlives 'warn_union_string' \\\[escape:store\\\]" } */
}

void
warn_local_union_copy (void)
{
  int x = 0;
  union value v;
  v.p = &x;
  g_raw = v.p; /* { dg-warning "address of local variable 'x' is stored into global 'g_raw', which outlives 'warn_local_union_copy' \\\[escape:store\\\]" } */
}
