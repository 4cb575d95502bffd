/* Verbose notes, level 2, escapes through chains of same-file helpers:
   the caller's finding names the helper it calls and points into it;
   each helper's own summary fact, with its step, shows the next link of
   the chain, so the whole path can be followed from the finding to the
   global, the caller's memory or the function pointer.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

int *g;
void (*g_cb) (int *);

/* Queue: three helpers deep.  */

static void
stash3 (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): stores it into global 'g'" } */
{
  g = p; /* { dg-message "'p' stores it into global 'g' here" } */
}

static void
stash2 (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): passes it to 'stash3', which keeps it" } */
{
  stash3 (p); /* { dg-message "'p' passes it to 'stash3', which keeps it here" } */
}

static void
stash1 (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(queue\\): passes it to 'stash2', which keeps it" } */
{
  stash2 (p); /* { dg-message "'stash1' passes it to 'stash2', which keeps it here" } */
  /* { dg-message "'p' passes it to 'stash2', which keeps it here" "stash1's own step" { target *-*-* } .-1 } */
}

void
warn_queue_chain (void)
{
  int x = 0; /* { dg-message "local variable 'x' escapes \\(queue\\)" } */
  int *p = &x; /* { dg-message "address of 'x' is taken here" } */
  stash1 (p); /* { dg-warning "address of local variable 'x' is passed to 'stash1', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-message "passed to 'stash1' as argument 1" "the call" { target *-*-* } .-1 } */
}

/* Return: through two helpers that return their argument.  */

static int *
ident (int *p) /* { dg-message "parameter 'p' leaks to result level=0" } */
{
  return p; /* { dg-message "'p' returns it here" } */
}

static int *
ident2 (int *q) /* { dg-message "parameter 'q' leaks to result level=0" } */
{
  int *r = ident (q);
  return r; /* { dg-message "'q' returns it here" } */
}

int *
warn_return_chain (void)
{
  int y = 0; /* { dg-message "local variable 'y' escapes \\(return\\)" } */
  int *r = ident2 (&y); /* { dg-message "passed to 'ident2' as argument 1" } */
  /* { dg-message "returned by 'ident2'" "returned by the helper" { target *-*-* } .-1 } */
  return r; /* { dg-warning "address of local variable 'y' is returned from 'warn_return_chain' \\\[escape:return\\\]" } */
  /* { dg-message "returned here" "returned here" { target *-*-* } .-1 } */
}

/* Into the caller's memory: an out-parameter setter behind a wrapper.  */

static void
put (int **out, int *v) /* { dg-message "parameter 'v' leaks to parameter 'out' level=0" } */
{
  *out = v; /* { dg-message "'v' stores it into memory pointed to by parameter 'out' here" } */
}

static void
put_twice (int **a, int **b, int *v) /* { dg-message "parameter 'v' leaks to parameter 'a' level=0" } */
/* { dg-message "parameter 'v' leaks to parameter 'b' level=0" "both out parameters" { target *-*-* } .-1 } */
{
  put (a, v);
  put (b, v);
}

void
warn_store_chain (int **out)
{
  int *tmp = 0;
  int z = 0; /* { dg-message "local variable 'z' escapes \\(queue\\)" } */
  put_twice (&tmp, out, &z); /* { dg-warning "address of local variable 'z' is passed to 'put_twice', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-message "passed to 'put_twice' as argument 3" "the call" { target *-*-* } .-1 } */
}

/* Through a function pointer, two helpers deep: the rule stays fnptr.  */

static void
fire (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(fnptr\\): passes it to a call through a function pointer" } */
{
  g_cb (p); /* { dg-message "'p' passes it to a call through a function pointer here" } */
}

static void
fire_all (int *p) /* { dg-message "parameter 'p' escapes level=0 \\(fnptr\\): passes it to 'fire', which passes it to a call through a function pointer" "names the helper, as the queue chain does" } */
{
  fire (p); /* { dg-message "passes it to 'fire', which passes it to a call through a function pointer here" "the step at a direct call names the callee" } */
}

void
warn_fnptr_chain (void)
{
  int w = 0; /* { dg-message "local variable 'w' escapes \\(fnptr\\)" } */
  fire_all (&w); /* { dg-warning "address of local variable 'w' is passed to 'fire_all', which passes it to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
