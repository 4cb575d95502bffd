/* Fnptr rule, positive (realistic): a plugin host that resolves an entry
   point by name (dlsym style, returning void *), casts it to a function
   pointer and calls it with the address of a host API table on its
   stack.  A host table with static storage is fine.  */
/* { dg-do compile } */

#include <stddef.h>

struct host_api
{
  int version;
  void (*log) (const char *msg);
};

typedef int (*plugin_init_fn) (const struct host_api *api);

extern void *resolve_symbol (void *handle, const char *name);

static void
host_log (const char *msg)
{
  (void) msg;
}

int
warn_init_plugin (void *handle)
{
  struct host_api api = { 2, host_log };
  void *sym = resolve_symbol (handle, "plugin_init");
  plugin_init_fn init = (plugin_init_fn) sym;
  if (!init)
    return -1;
  return init (&api); /* { dg-warning "address of local variable 'api' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

int
nowarn_init_plugin_static (void *handle)
{
  static const struct host_api api = { 2, host_log };
  plugin_init_fn init = (plugin_init_fn) resolve_symbol (handle, "plugin_init");
  return init ? init (&api) : -1; /* { dg-bogus "escape" } */
}
