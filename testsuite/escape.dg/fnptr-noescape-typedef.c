/* Fnptr rule, negative: the function-pointer type declares its parameter
   noescape, so the callee promises not to keep it; a local's address
   passed there is trusted, through the typedef, a copy of the pointer,
   and a struct field of that type.  */
/* { dg-do compile } */

typedef void (*cb_t) (int *p __attribute__ ((noescape)));

struct holder { cb_t cb; };

void
nowarn_noescape_cb (cb_t cb)
{
  int x = 0;
  cb (&x); /* { dg-bogus "escape" } */
}

void
nowarn_noescape_copy (cb_t cb)
{
  int y = 0;
  cb_t f = cb;
  f (&y); /* { dg-bogus "escape" } */
}

void
nowarn_noescape_field (const struct holder *h)
{
  int z[4] = { 0 };
  h->cb (&z[1]); /* { dg-bogus "escape" } */
}
