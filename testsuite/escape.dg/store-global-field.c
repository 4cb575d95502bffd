/* Store rule, positive: a field of a global struct (also a nested field)
   is part of the global; the target is named by the struct variable.  */
/* { dg-do compile } */

struct inner { int *p; int n; };
struct config
{
  const char *name;
  struct inner limits;
  int *slots[2];
};

struct config cfg;

void
warn_field (void)
{
  char buf[32] = "default";
  cfg.name = buf; /* { dg-warning "address of local variable 'buf' is stored into global 'cfg', which outlives 'warn_field' \\\[escape:store\\\]" } */
}

void
warn_nested_field (void)
{
  int limit = 10;
  cfg.limits.p = &limit; /* { dg-warning "address of local variable 'limit' is stored into global 'cfg', which outlives 'warn_nested_field' \\\[escape:store\\\]" } */
}

void
warn_array_in_field (void)
{
  int slot = 0;
  cfg.slots[1] = &slot; /* { dg-warning "address of local variable 'slot' is stored into global 'cfg', which outlives 'warn_array_in_field' \\\[escape:store\\\]" } */
}

void
warn_through_field_ptr (void)
{
  int v = 1;
  struct inner *in = &cfg.limits;
  in->p = &v; /* { dg-warning "address of local variable 'v' is stored into global 'cfg', which outlives 'warn_through_field_ptr' \\\[escape:store\\\]" } */
}
