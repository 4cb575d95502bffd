/* Store rule, positive: a file-scope static has static storage too; the
   target is still named "global".  Also a static const-qualified pointer
   slot and a static array decayed to a pointer as the stored value.  */
/* { dg-do compile } */

static int *last_seen;
static const char *current_name;

void
warn_file_static (void)
{
  int seen = 1;
  last_seen = &seen; /* { dg-warning "address of local variable 'seen' is stored into global 'last_seen', which outlives 'warn_file_static' \\\[escape:store\\\]" } */
}

void
warn_file_static_array (const char *src)
{
  char name[32];
  int i;
  for (i = 0; i < 31 && src[i]; i++)
    name[i] = src[i];
  name[i] = 0;
  current_name = name; /* { dg-warning "address of local variable 'name' is stored into global 'current_name', which outlives 'warn_file_static_array' \\\[escape:store\\\]" } */
}

int
read_last (void)
{
  return last_seen ? *last_seen : 0; /* { dg-bogus "escape" } */
}
