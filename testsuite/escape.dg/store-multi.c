/* Store rule, positive: one function with several escaping stores, each
   object reported once, at its own store, with its own target.  */
/* { dg-do compile } */

int *g_a;
char *g_b;
struct pos { int line, col; } *g_pos;

void
warn_three (int **out)
{
  int a = 1;
  char b[4] = "b";
  struct pos p = { 1, 1 };
  int c = 3;
  g_a = &a; /* { dg-warning "address of local variable 'a' is stored into global 'g_a', which outlives 'warn_three' \\\[escape:store\\\]" } */
  g_b = b; /* { dg-warning "address of local variable 'b' is stored into global 'g_b', which outlives 'warn_three' \\\[escape:store\\\]" } */
  g_pos = &p; /* { dg-warning "address of local variable 'p' is stored into global 'g_pos', which outlives 'warn_three' \\\[escape:store\\\]" } */
  *out = &c; /* { dg-warning "address of local variable 'c' is stored into memory pointed to by parameter 'out', which outlives 'warn_three' \\\[escape:store\\\]" } */
}

void
warn_one_of_two (void)
{
  int kept = 0;
  int used = 0;
  int *tmp = &used;
  *tmp = 5; /* { dg-bogus "escape" } */
  g_a = &kept; /* { dg-warning "address of local variable 'kept' is stored into global 'g_a', which outlives 'warn_one_of_two' \\\[escape:store\\\]" } */
}
