/* Return rule, negative: a block-scope local shadows a global of the same
   name; after the block, the name refers to the global again.  */
/* { dg-do compile } */

int x;
int buf[4];

int *
nowarn_shadowed (int c)
{
  {
    int x = c;
    int buf[4] = { x, x, x, x };
    c = buf[c & 3];
  }
  return c ? &x : buf; /* { dg-bogus "escape" } */
}
