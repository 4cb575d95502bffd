/* Reductions of binutils' false fnptr findings (bfd/elf.c
   elfcore_write_note, bfd/bfd.c _bfd_doprnt): a callee that copies the
   bytes of its argument into its own buffer and passes that buffer to a
   function pointer, or passes values loaded from the argument, does not
   pass the argument's address.  Twins: the callee passes the argument
   itself, or what a struct argument holds, to the function pointer.  */
/* { dg-do compile } */

#include <stddef.h>
#include <string.h>
#include <stdlib.h>

typedef void (*put_fn) (unsigned v, const void *p);
extern put_fn put32;

char *
write_note (char *buf, int size, const void *input, int n)
{
  buf = realloc (buf, size + 4 + n);
  if (!buf)
    return buf;
  put32 (n, buf + size);
  memcpy (buf + size + 4, input, n);
  return buf;
}

char *
nowarn_note_bytes (char *buf, int size)
{
  struct { int pid; char name[16]; } data = { 1, "x" };
  return write_note (buf, size, &data, sizeof data); /* { dg-bogus "\\\[escape:" } */
}

static void
put_input (const void *input, int n)
{
  put32 (n, input);
}

void
warn_input_itself (void)
{
  char data[8] = "1234567";
  put_input (data, 8); /* { dg-warning "address of local variable 'data' is passed to 'put_input', which passes it to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

union arg { int i; long l; void *p; };
typedef int (*print_fn) (void *stream, const char *fmt, ...);

static void
doprnt (print_fn print, void *stream, union arg *args, int n)
{
  for (int k = 0; k < n; k++)
    print (stream, "%p", args[k].p);
}

void
nowarn_values_of_args (print_fn print, void *stream, void *a, void *b)
{
  union arg args[2];
  args[0].p = a;
  args[1].p = b;
  doprnt (print, stream, args, 2); /* { dg-bogus "\\\[escape:" } */
}

/* The values loaded are a local's address: that local is passed.  */
void
warn_value_is_local (print_fn print, void *stream)
{
  int v = 0;
  union arg args[1];
  args[0].p = &v;
  doprnt (print, stream, args, 1); /* { dg-warning "address of local variable 'v' is passed to 'doprnt', which passes it to a call through a function pointer \\\[escape:fnptr\\\]" } */
  /* { dg-bogus "local variable 'args'" "the array itself is not passed" { target *-*-* } .-1 } */
}

static void
print_array (print_fn print, void *stream, union arg *args)
{
  print (stream, "%p", args);
}

void
warn_array_itself (print_fn print, void *stream)
{
  union arg args[1];
  args[0].i = 0;
  print_array (print, stream, args); /* { dg-warning "address of local variable 'args' is passed to 'print_array', which passes it to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
