/* Queue rule, positive: a helper that stores one parameter into the
   memory of another (`*o = v').  When the caller passes its own caller's
   memory (a parameter) or a global as the destination and a local as
   the value, the local escapes through the call.  */
/* { dg-do compile } */

static void
set_out (int **o, int *v)
{
  *o = v; /* { dg-bogus "escape" } */
}

struct box { const char *label; };

static void
label_box (struct box *b, const char *label)
{
  b->label = label; /* { dg-bogus "escape" } */
}

int *g_result;
struct box g_box;

void
warn_helper_into_param (int **out)
{
  int x = 0;
  set_out (out, &x); /* { dg-warning "address of local variable 'x' is passed to 'set_out', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_helper_into_global (void)
{
  int y = 0;
  set_out (&g_result, &y); /* { dg-warning "address of local variable 'y' is passed to 'set_out', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_label_global (void)
{
  char label[8] = "crate";
  label_box (&g_box, label); /* { dg-warning "address of local variable 'label' is passed to 'label_box', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_helper_into_local (void)
{
  int z = 0;
  int *local_out = 0;
  struct box b;
  char label[8] = "local";
  set_out (&local_out, &z); /* { dg-bogus "escape" } */
  label_box (&b, label); /* { dg-bogus "escape" } */
  return *local_out + b.label[0];
}
