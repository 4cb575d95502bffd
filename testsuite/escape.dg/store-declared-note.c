/* Store rule, notes: every store finding is followed by a note at the
   object's declaration ("'x' declared here"), for a local, a parameter
   and a VLA; the wording of the other flow notes is not asserted.  */
/* { dg-do compile } */

int *g;

void
warn_note_local (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  int *p = &x;
  g = p; /* { dg-warning "address of local variable 'x' is stored into global 'g', which outlives 'warn_note_local' \\\[escape:store\\\]" } */
}

void
warn_note_param (int a) /* { dg-message "'a' declared here" } */
{
  g = &a; /* { dg-warning "address of parameter 'a' is stored into global 'g', which outlives 'warn_note_param' \\\[escape:store\\\]" } */
}

void
warn_note_vla (int **out, int n)
{
  int v[n]; /* { dg-message "'v' declared here" } */
  v[0] = 0;
  *out = v; /* { dg-warning "address of variable length array 'v' is stored into memory pointed to by parameter 'out', which outlives 'warn_note_vla' \\\[escape:store\\\]" } */
}
