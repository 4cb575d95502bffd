/* Store rule, negative: the function works on a local copy of the
   caller's struct (copied in by value) and stores its locals' addresses
   into the copy only; the copy is never written back.  */
/* { dg-do compile } */

struct opts { const char *name; int *level; int flags; };

extern int apply (const struct opts *o);

int
nowarn_patch_copy (const struct opts *in)
{
  int level = 3;
  char name[16] = "patched";
  struct opts o = *in;
  o.level = &level; /* { dg-bogus "escape" } */
  o.name = name; /* { dg-bogus "escape" } */
  return apply (&o); /* { dg-bogus "escape" } */
}

int
nowarn_byvalue_param (struct opts o)
{
  int level = 1;
  o.level = &level; /* { dg-bogus "escape" } */
  return apply (&o); /* { dg-bogus "escape" } */
}
