/* Queue rule, positive: a registration helper appends its argument to a
   static array (an element of a global), or to a field of a global
   struct.  */
/* { dg-do compile } */

#define MAX_SLOTS 16

struct observer { int id; void (*notify) (struct observer *); };

static struct observer *slots[MAX_SLOTS];
static int nslots;

static struct
{
  const char *label;
  double *gauge;
} stats;

static int
add_observer (struct observer *o)
{
  if (nslots == MAX_SLOTS)
    return -1;
  slots[nslots++] = o;
  return 0;
}

static void
set_gauge (const char *label, double *g)
{
  stats.label = label;
  stats.gauge = g;
}

int
warn_add_observer (void)
{
  struct observer o = { 1, 0 };
  return add_observer (&o); /* { dg-warning "address of local variable 'o' is passed to 'add_observer', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_set_gauge (void)
{
  double load = 0.5;
  set_gauge ("load", &load); /* { dg-warning "address of local variable 'load' is passed to 'set_gauge', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_set_label (double *g)
{
  char label[8] = "cpu";
  set_gauge (label, g); /* { dg-warning "address of local variable 'label' is passed to 'set_gauge', which keeps it after returning \\\[escape:queue\\\]" } */
}
