/* Fnptr rule, notes: a fnptr finding is followed by a note at the
   object's declaration; the other flow notes are not asserted.  */
/* { dg-do compile } */

typedef void (*cb_t) (void *p);

void
warn_note_local (cb_t cb)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  void *p = &x;
  cb (p); /* { dg-warning "address of local variable 'x' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_note_param (cb_t cb, long v) /* { dg-message "'v' declared here" } */
{
  cb (&v); /* { dg-warning "address of parameter 'v' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
