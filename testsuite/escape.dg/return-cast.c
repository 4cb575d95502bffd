/* Return rule, positive: casts between pointer types keep the address:
   to char *, to void *, to a struct pointer, and a const cast.  */
/* { dg-do compile } */

struct s { int a; };

char *
warn_to_char (void)
{
  int x = 0;
  return (char *) &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_to_char'" } */
}

void *
warn_to_void (void)
{
  double d = 0;
  void *v = &d;
  return v; /* { dg-warning "address of local variable 'd' is returned from 'warn_to_void'" } */
}

struct s *
warn_to_struct (void)
{
  int words[4] = { 0 };
  return (struct s *) (void *) words; /* { dg-warning "address of local variable 'words' is returned from 'warn_to_struct'" } */
}

int *
warn_cast_away_const (void)
{
  const int c = 3;
  return (int *) &c; /* { dg-warning "address of local variable 'c' is returned from 'warn_cast_away_const'" } */
}
