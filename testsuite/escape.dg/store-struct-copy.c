/* Store rule, positive: a local struct holding a local's address is
   copied by value into a global, or into the caller's memory; the
   address travels with the copy.  The struct itself is copied, not
   referenced, so only the pointed-to local is reported.  */
/* { dg-do compile } */

struct span { const char *start; int len; };

struct span g_span;

void
warn_struct_assign (void)
{
  char word[16] = "token";
  struct span s = { word, 5 };
  g_span = s; /* { dg-warning "address of local variable 'word' is stored into global 'g_span', which outlives 'warn_struct_assign' \\\[escape:store\\\]" } */
}

void
warn_struct_out (struct span *out)
{
  char text[16] = "abc";
  struct span s;
  s.start = text;
  s.len = 3;
  *out = s; /* { dg-warning "address of local variable 'text' is stored into memory pointed to by parameter 'out', which outlives 'warn_struct_out' \\\[escape:store\\\]" } */
}

void
warn_compound_value_out (struct span *out)
{
  char buf[8] = "xy";
  *out = (struct span) { buf, 2 }; /* { dg-warning "address of local variable 'buf' is stored into memory pointed to by parameter 'out', which outlives 'warn_compound_value_out' \\\[escape:store\\\]" } */
}
