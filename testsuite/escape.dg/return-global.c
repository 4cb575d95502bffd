/* Return rule, negative: globals and file-scope statics, their elements
   and fields.  */
/* { dg-do compile } */

int g;
int garr[16];
static struct { int a; int b[4]; } gs;
int *gp;

int *
nowarn_global (void)
{
  return &g; /* { dg-bogus "escape" } */
}

int *
nowarn_global_elem (int i)
{
  return &garr[i & 15]; /* { dg-bogus "escape" } */
}

int *
nowarn_file_static_field (int i)
{
  int *p = gs.b + (i & 3);
  return p; /* { dg-bogus "escape" } */
}

int *
nowarn_global_pointer_value (void)
{
  return gp; /* { dg-bogus "escape" } */
}
