/* Heap-to-stack hints through allocators other than malloc: a function of
   the file that only wraps an allocator (tests its result, writes into
   it, returns it) is an allocation site where it is called, sized by the
   argument it passes on; so is a function declared
   __attribute__ ((malloc)), sized by its alloc_size attribute, and freed
   by free or by the deallocator its malloc (DEALLOCATOR) attribute
   names.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };
struct node *registry;

static void *
xmalloc (size_t n) /* { dg-bogus "parameter" "a size is not a pointer" } */
{
  void *p = malloc (n); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
  if (!p)
    abort ();
  return p;
}

static void *
xcalloc (size_t n, size_t m)
{
  void *p = calloc (n, m); /* { dg-message "heap allocation by 'calloc' escapes \\(return\\)" } */
  if (p == NULL)
    abort ();
  return p;
}

static void *
xmalloc_zeroed (size_t n)
{
  void *p = xmalloc (n);
  memset (p, 0, n);
  return p;
}

static void *
xmalloc_array (size_t n, size_t m)
{
  return xmalloc (n * m);
}

static void *
xzalloc (size_t n)
{
  void *p = calloc (1, n); /* { dg-message "heap allocation by 'calloc' escapes \\(return\\)" } */
  return p;
}

static struct node *
new_node (void)
{
  struct node *n = xmalloc (sizeof *n);
  n->v = 0;
  n->next = NULL;
  return n;
}

static struct node *
new_registered (void)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "heap allocation by 'malloc' escapes" } */
  if (n)
    {
      n->next = registry;
      registry = n;
    }
  return n;
}

static char *cache;

static char *
cached_buffer (size_t n)
{
  if (cache)
    return cache;
  return malloc (n); /* { dg-message "heap allocation by 'malloc' escapes \\(return\\)" } */
}

static void *last;

static void *
leaky_pick (size_t n, int k)
{
  void *p = malloc (n); /* { dg-message "heap allocation by 'malloc' escapes" } */
  void *q = k ? p : (void *) registry;
  last = q;
  return p;
}

extern void *pool_alloc (size_t) __attribute__ ((malloc, alloc_size (1)));
extern void *pool_alloc_unsized (size_t) __attribute__ ((malloc));
extern void buf_release (int, void *);
extern void buf_discard (void *);
extern void *buf_acquire (size_t)
  __attribute__ ((malloc, malloc (buf_release, 2), alloc_size (1)));

int
nowarn_wrapper (void)
{
  char *b = xmalloc (32); /* { dg-message "heap allocation of 32 bytes by 'xmalloc' could be an automatic object" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_wrapper_of_wrapper (void)
{
  int *v = xcalloc (4, sizeof *v); /* { dg-message "heap allocation of 16 bytes by 'xcalloc' could be an automatic object" } */
  int r = v[3];
  free (v);
  return r;
}

int
nowarn_wrapper_memset (void)
{
  char *b = xmalloc_zeroed (24); /* { dg-message "heap allocation of 24 bytes by 'xmalloc_zeroed' could be an automatic object" } */
  int r = b[23];
  free (b);
  return r;
}

int
nowarn_wrapper_product (void)
{
  char *b = xmalloc_array (4, 8); /* { dg-message "heap allocation by 'xmalloc_array' does not escape" } */
  /* { dg-bogus "could be an automatic object" "the size is an expression of the parameters" { target *-*-* } .-1 } */
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_wrapper_calloc (void)
{
  char *b = xzalloc (8); /* { dg-message "heap allocation of 8 bytes by 'xzalloc' could be an automatic object" } */
  if (!b)
    return -1;
  int r = b[7];
  free (b);
  return r;
}

int
nowarn_constant_wrapper (void)
{
  struct node *n = new_node (); /* { dg-message "heap allocation of 16 bytes by 'new_node' could be an automatic object" } */
  int r = n->v;
  free (n);
  return r;
}

int
nowarn_wrapper_variable (size_t k)
{
  char *b = xmalloc (k); /* { dg-message "heap allocation by 'xmalloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "the size is not a constant" { target *-*-* } .-1 } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_wrapper_not_freed (void)
{
  char *b = xmalloc (32); /* { dg-message "heap allocation by 'xmalloc' does not escape" } */
  /* { dg-bogus "could be an automatic object" "not freed" { target *-*-* } .-1 } */
  b[0] = 1;
  return b[0];
}

int
nowarn_registered (void)
{
  struct node *n = new_registered (); /* { dg-bogus "heap allocation by 'new_registered'" "it keeps what it returns: no allocator" } */
  if (!n)
    return -1;
  int r = n->v;
  free (n);
  return r;
}

int
nowarn_cached (void)
{
  char *b = cached_buffer (16); /* { dg-bogus "heap allocation by 'cached_buffer'" "it may return its cache: no allocator" } */
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_leaky_pick (int k)
{
  char *b = leaky_pick (16, k); /* { dg-bogus "heap allocation by 'leaky_pick'" "it may keep what it returns: no allocator" } */
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_attribute (void)
{
  char *b = pool_alloc (64); /* { dg-message "heap allocation of 64 bytes by 'pool_alloc' could be an automatic object" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_attribute_unsized (void)
{
  char *b = pool_alloc_unsized (64); /* { dg-message "heap allocation by 'pool_alloc_unsized' does not escape" } */
  /* { dg-bogus "could be an automatic object" "no alloc_size" { target *-*-* } .-1 } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
nowarn_attribute_dealloc (void)
{
  char *b = buf_acquire (128); /* { dg-message "heap allocation of 128 bytes by 'buf_acquire' could be an automatic object" } */
  b[0] = 1;
  int r = b[0];
  buf_release (0, b);
  return r;
}

int
nowarn_attribute_other_function (void)
{
  char *b = buf_acquire (128); /* { dg-message "heap allocation by 'buf_acquire' escapes \\(passed to a function without a body\\)" } */
  /* { dg-bogus "could be an automatic object" "buf_discard is not its deallocator" { target *-*-* } .-1 } */
  b[0] = 1;
  int r = b[0];
  buf_discard (b);
  return r;
}

/* Memory from a declared allocator is the function's own, like malloc's:
   an address stored into it and freed with it stays in the frame; an
   address in it that is returned does not.  */

int
nowarn_store_into_allocated (void)
{
  int x = 1;
  int **p = pool_alloc (sizeof *p);
  *p = &x; /* { dg-bogus "escape:" } */
  int r = **p;
  free (p);
  return r;
}

int **
warn_return_allocated (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  int **p = pool_alloc (sizeof *p);
  *p = &x; /* { dg-warning "address of local variable 'x' is stored into heap memory, which outlives 'warn_return_allocated'" } */
  return p;
}
