/* Fnptr rule, positive: a callback stored in a struct (a local struct
   filled from a parameter, a struct passed by the caller) and called
   with a local's address.  */
/* { dg-do compile } */

struct result { int code; };

struct request
{
  const char *path;
  void (*on_done) (struct result *r, void *user);
  void *user;
};

void
warn_local_struct_cb (void (*fn) (struct result *, void *), void *user)
{
  struct request req = { "/", fn, user };
  struct result res = { 200 };
  req.on_done (&res, req.user); /* { dg-warning "address of local variable 'res' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}

void
warn_caller_struct_cb (const struct request *req)
{
  struct result res = { 404 };
  if (req->on_done)
    req->on_done (&res, req->user); /* { dg-warning "address of local variable 'res' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
}
