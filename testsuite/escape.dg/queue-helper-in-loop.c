/* Queue rule, positive: a registration helper called in a loop with the
   elements of a local array; one finding for the array, at the call.  */
/* { dg-do compile } */

struct sensor { int id; double value; };

static struct sensor *active[32];
static int nactive;

static void
sensor_register (struct sensor *s)
{
  if (nactive < 32)
    active[nactive++] = s;
}

void
warn_register_all (int n)
{
  struct sensor sensors[8];
  for (int i = 0; i < n && i < 8; i++)
    {
      sensors[i].id = i;
      sensors[i].value = 0;
      sensor_register (&sensors[i]); /* { dg-warning "address of local variable 'sensors' is passed to 'sensor_register', which keeps it after returning \\\[escape:queue\\\]" } */
    }
}
