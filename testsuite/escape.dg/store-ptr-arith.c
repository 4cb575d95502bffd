/* Store rule, positive: pointer arithmetic stays inside the object: an
   interior pointer into a local array, a pointer advanced in a loop, an
   element address with a variable index.  */
/* { dg-do compile } */

char *g_cursor;
int *g_elem;

void
warn_interior (void)
{
  char buf[64] = "key=value";
  g_cursor = buf + 4; /* { dg-warning "address of local variable 'buf' is stored into global 'g_cursor', which outlives 'warn_interior' \\\[escape:store\\\]" } */
}

void
warn_advanced (void)
{
  char line[32] = "  word";
  char *p = line;
  while (*p == ' ')
    p++;
  g_cursor = p; /* { dg-warning "address of local variable 'line' is stored into global 'g_cursor', which outlives 'warn_advanced' \\\[escape:store\\\]" } */
}

void
warn_var_elem (int i)
{
  int arr[10] = { 0 };
  g_elem = &arr[i]; /* { dg-warning "address of local variable 'arr' is stored into global 'g_elem', which outlives 'warn_var_elem' \\\[escape:store\\\]" } */
}
