/* Store rule, stale re-reads (issue 9, cause 5; the reduction
   precision/c4_stale_reread.c): a field reassigned to pool memory and then
   published can only hold the pool memory, so the stack buffer it held
   before is not stored into '*v'.  The twins stay reported: the
   reassignment on one branch only, a call that may write the field
   between the reassignment and the load, a store through a pointer to the
   struct between them.  The findings are the same at every -O level
   (escape.exp compares -O0 -O1 -O2 -O3 -Os).  */
/* { dg-do compile } */

struct str { unsigned long len; char *data; };
int fill (struct str *s);                 /* external: writes into s->data */
void *pool_alloc (unsigned long n);       /* external allocator            */
struct val { char *data; };

int
nowarn_get_addr (struct val *v)
{
  char addr[64];
  struct str s = { sizeof addr, addr };
  if (fill (&s) != 0) return -1;
  s.data = pool_alloc (s.len);            /* s.data no longer points to addr */
  if (s.data == 0) return -1;
  __builtin_memcpy (s.data, addr, s.len);
  v->data = s.data; /* { dg-bogus "escape" } */
  return 0;
}

int
warn_one_branch (struct val *v, int c)
{
  char addr[64]; /* { dg-message "'addr' declared here" } */
  struct str s = { sizeof addr, addr };
  if (fill (&s) != 0) return -1;
  if (c)
    s.data = pool_alloc (s.len);
  v->data = s.data; /* { dg-warning "address of local variable 'addr' is stored into memory pointed to by parameter 'v', which outlives 'warn_one_branch'" } */
  return 0;
}

int
warn_fill_after (struct val *v)
{
  char addr[64]; /* { dg-message "'addr' declared here" } */
  struct str s = { sizeof addr, addr };
  s.data = pool_alloc (s.len);
  fill (&s);                              /* may put addr back */
  v->data = s.data; /* { dg-warning "address of local variable 'addr' is stored into memory pointed to by parameter 'v', which outlives 'warn_fill_after'" } */
  return 0;
}

int
warn_through_pointer (struct val *v)
{
  char addr[64]; /* { dg-message "'addr' declared here" } */
  struct str s = { sizeof addr, addr };
  struct str *p = &s;
  s.data = pool_alloc (s.len);
  p->data = addr;
  v->data = s.data; /* { dg-warning "address of local variable 'addr' is stored into memory pointed to by parameter 'v', which outlives 'warn_through_pointer'" } */
  return 0;
}

int
nowarn_other_struct (struct val *v)
{
  char addr[64];
  struct str s = { sizeof addr, addr };
  struct str t = { 0, addr };
  s.data = pool_alloc (s.len);
  fill (&t);                              /* cannot reach s */
  v->data = s.data; /* { dg-bogus "escape" } */
  return 0;
}

int
warn_fill_through_holder (struct val *v)
{
  char addr[64]; /* { dg-message "'addr' declared here" } */
  struct str s = { sizeof addr, addr };
  struct { struct str *s; } h = { &s };
  s.data = pool_alloc (s.len);
  fill (h.s);                             /* reaches s through h */
  v->data = s.data; /* { dg-warning "address of local variable 'addr' is stored into memory pointed to by parameter 'v', which outlives 'warn_fill_through_holder'" } */
  return 0;
}
