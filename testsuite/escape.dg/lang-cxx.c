/* The plugin also loads into the C++ compiler (a C file built as C++, or
   a mixed project's CXXFLAGS): the rules work the same there, locals
   are named as such, and nothing breaks on C++ constructs.  */
/* { dg-do compile } */
/* { dg-options "-x c++ -fno-exceptions" } */

int *g;

struct counter
{
  int v;
  int *get () { return &v; } /* { dg-bogus "escape" "this points into the caller's object" } */
};

int *
ret (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'ret' \\\[escape:return\\\]" } */
}

void
keep (void)
{
  int y = 0;
  g = &y; /* { dg-warning "address of local variable 'y' is stored into global 'g'" } */
}

int *
via_lambda (void)
{
  int k = 3;
  auto l = [&] { return &k; };
  g = l (); /* { dg-warning "address of local variable 'k' is stored into global 'g'" } */
  return 0;
}

template <class T>
T *
make (void)
{
  T t{};
  return &t; /* { dg-warning "address of local variable 't' is returned from 'make'" } */
}

int
use (void)
{
  counter c{ 1 };
  return *c.get () + (make<int> () != 0);
}
