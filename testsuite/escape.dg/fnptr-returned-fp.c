/* Fnptr rule, positive: calling the function pointer returned by another
   call (`get_handler (k) (&x)'), from an extern lookup and from a
   same-file lookup over a table of known functions.  */
/* { dg-do compile } */

typedef void (*op_fn) (int *acc);

extern op_fn get_handler (int kind);

static void op_inc (int *acc) { ++*acc; }
static void op_dec (int *acc) { --*acc; }

static op_fn
lookup (int kind)
{
  return kind ? op_inc : op_dec;
}

int
warn_extern_lookup (int kind)
{
  int acc = 0;
  get_handler (kind) (&acc); /* { dg-warning "address of local variable 'acc' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return acc;
}

int
warn_local_lookup (int kind)
{
  int acc = 0;
  op_fn f = lookup (kind);
  f (&acc); /* { dg-warning "address of local variable 'acc' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
  return acc;
}
