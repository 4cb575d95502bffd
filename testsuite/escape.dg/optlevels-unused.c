/* Optimisation levels: a static function nothing calls is dropped by GCC
   before the pass when optimising, so it is skipped at -O0 too; one that
   is called, or whose address is taken, or marked `used', is analysed
   at every level.  The levels check compares -O0 to -Os.  */
/* { dg-do compile } */
/* { dg-options "-Wno-unused-function" } */

static int *
nowarn_never_called (void)
{
  int x = 0;
  int *p = &x;
  return p; /* { dg-bogus "escape" } */
}

static int *
warn_called (void)
{
  int y = 0;
  int *p = &y;
  return p; /* { dg-warning "address of local variable 'y' is returned from 'warn_called'" } */
}

int *
api (void)
{
  return warn_called ();
}

static int *
warn_address_taken (void)
{
  int z = 0;
  int *p = &z;
  return p; /* { dg-warning "address of local variable 'z' is returned from 'warn_address_taken'" } */
}

int *(*api_hook) (void) = warn_address_taken;

__attribute__ ((used)) static int *
warn_kept_by_used (void)
{
  int w = 0;
  int *p = &w;
  return p; /* { dg-warning "address of local variable 'w' is returned from 'warn_kept_by_used'" } */
}
