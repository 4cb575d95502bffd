/* Fnptr rule, negative: with -fplugin-arg-escape-rules=return,store,queue
   the fnptr rule is off, so calls through function pointers with local
   addresses are not reported.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-rules=return,store,queue" } */

typedef void (*cb_t) (int *p);

void
nowarn_fnptr_disabled (cb_t cb)
{
  int x = 0;
  cb (&x); /* { dg-bogus "escape" } */
}
