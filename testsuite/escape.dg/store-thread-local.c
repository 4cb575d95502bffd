/* Store rule, positive: a thread-local variable outlives every frame of
   its thread; storing a local's address into it is a store into a
   global.  */
/* { dg-do compile } */

_Thread_local int *tl_current;
static __thread const char *tl_name;

void
warn_thread_local (void)
{
  int x = 0;
  tl_current = &x; /* { dg-warning "address of local variable 'x' is stored into global 'tl_current', which outlives 'warn_thread_local' \\\[escape:store\\\]" } */
}

void
warn_thread_name (void)
{
  char name[16] = "worker";
  tl_name = name; /* { dg-warning "address of local variable 'name' is stored into global 'tl_name', which outlives 'warn_thread_name' \\\[escape:store\\\]" } */
}
