/* Queue rule: a callee that copies the BYTES of its argument into memory
   it keeps (memcpy of N bytes: its summary says "what the argument points
   to, at any offset, escapes") keeps what those bytes hold, not the
   argument's address.  A character buffer holds no pointer: nothing is
   reported (the reduction of a string builder's `add', issue 9 cause 2).
   The positive twins: the callee keeps the pointer itself; the copied
   object is a struct holding a local's address; an array of pointers is
   copied; a wrapper passes its parameter on to the copying callee.  */
/* { dg-do compile } */

#include <string.h>

void *grow (void *p, unsigned n);            /* external allocator          */
struct B { char *b; unsigned len; char space[16]; };
static void add (struct B *buff, const char *str, unsigned n)
{
  if (buff->b == buff->space)
    buff->b = grow (buff->b, buff->len + n);
  memcpy (buff->b + buff->len, str, n);      /* copies the bytes only       */
  buff->len += n;
}
void f (struct B *bb) { char nb[8] = "1234567"; add (bb, nb, 8); }  /* { dg-bogus "escape" } */

/* (a) The callee keeps the pointer itself.  */
static void
keep (struct B *buff, const char *str, unsigned n)
{
  buff->b = (char *) str;
  buff->len = n;
}

void
warn_keeps_pointer (struct B *bb)
{
  char nb[8] = "1234567"; /* { dg-message "'nb' declared here" } */
  keep (bb, nb, 8); /* { dg-warning "address of local variable 'nb' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}

/* (b) The copied object is a struct that holds a local's address: the
   local escapes, the struct does not.  */
struct h { char *p; };

void
warn_struct_holding_pointer (struct B *bb)
{
  char local[4] = "abc"; /* { dg-message "'local' declared here" } */
  struct h s = { local };
  add (bb, (const char *) &s, sizeof s); /* { dg-warning "address of local variable 'local' is passed to 'add', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "variable 's'" "the struct itself is copied, not kept" { target *-*-* } .-1 } */
}

/* (c) An array of pointers is copied: every local it points to.  */
void
warn_pointer_array (struct B *bb)
{
  char l1[4], l2[4];
  char *arr[2] = { l1, l2 };
  add (bb, (const char *) arr, sizeof arr); /* { dg-warning "address of local variable 'l1' is passed to 'add', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-warning "address of local variable 'l2' is passed to 'add', which keeps it after returning \\\[escape:queue\\\]" "second element" { target *-*-* } .-1 } */
  /* { dg-bogus "variable 'arr'" "the array itself is copied, not kept" { target *-*-* } .-2 } */
}

/* A wrapper passes its parameter on: its summary says the same as
   add's, so its callers are judged by what their buffers hold.  */
static void
wrap (struct B *buff, const char *str, unsigned n)
{
  add (buff, str, n);
}

void
nowarn_wrapper_bytes (struct B *bb)
{
  char nb[8] = "1234567";
  wrap (bb, nb, 8); /* { dg-bogus "escape" } */
}

void
warn_wrapper_pointers (struct B *bb)
{
  char l1[4];
  char *arr[2] = { l1, 0 };
  wrap (bb, (const char *) arr, sizeof arr); /* { dg-warning "address of local variable 'l1' is passed to 'wrap', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "variable 'arr'" "the array itself is copied, not kept" { target *-*-* } .-1 } */
}

/* A struct whose pointer field holds no local: nothing escapes.  */
extern char g_text[];

void
nowarn_struct_without_local (struct B *bb)
{
  struct h s = { g_text };
  add (bb, (const char *) &s, sizeof s); /* { dg-bogus "escape" } */
}

/* A struct that points to itself: copying it copies its own address.  */
struct self { struct self *next; int v; };

void
warn_self_pointer (struct B *bb)
{
  struct self s;
  s.next = &s;
  s.v = 1;
  add (bb, (const char *) &s, sizeof s); /* { dg-warning "address of local variable 's' is passed to 'add', which keeps it after returning \\\[escape:queue\\\]" } */
}
