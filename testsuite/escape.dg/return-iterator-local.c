/* Return rule, positive (realistic): an iterator struct returned by value
   whose cursor and end point into a local array.  One object, one
   warning, even though two fields point into it.  Compare
   return-iterator-input.c.  */
/* { dg-do compile } */

struct iter { int *cur; int *end; };

struct iter
warn_iter_over_local (int n)
{
  int data[8];
  for (int i = 0; i < 8; i++)
    data[i] = i * n;
  struct iter it = { data, data + 8 };
  return it; /* { dg-warning "address of local variable 'data' is returned from 'warn_iter_over_local'" } */
}

struct iter
warn_iter_filtered (const int *src, int n)
{
  int keep[16];
  int k = 0;
  for (int i = 0; i < n && k < 16; i++)
    if (src[i] > 0)
      keep[k++] = src[i];
  struct iter it;
  it.cur = keep;
  it.end = keep + k;
  return it; /* { dg-warning "address of local variable 'keep' is returned from 'warn_iter_filtered'" } */
}
