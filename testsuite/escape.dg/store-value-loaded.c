/* Store rule, negative: values read from locals are values, not their
   addresses: an int read through a pointer to a local, a struct copied by
   value that holds no local address, a char taken from a local array.  */
/* { dg-do compile } */

struct pair { int a, b; };

int g_int;
struct pair g_pair;
char g_ch;
int *g_ptr;

extern int shared;

void
nowarn_loaded_int (void)
{
  int x = 42;
  int *p = &x;
  g_int = *p; /* { dg-bogus "escape" } */
}

void
nowarn_struct_value (void)
{
  struct pair p = { 1, 2 };
  g_pair = p; /* { dg-bogus "escape" } */
}

void
nowarn_char_of_array (int i)
{
  char buf[8] = "abcdefg";
  g_ch = buf[i & 7]; /* { dg-bogus "escape" } */
}

void
nowarn_pointer_value_held_by_local (void)
{
  int *holder[2] = { &shared, &shared };
  int **pp = &holder[1];
  g_ptr = *pp; /* { dg-bogus "escape" } */
}
