/* Sink option with a single entry: only the listed function is a sink;
   another function with the same signature is not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=cache_put:3" } */

int cache_put (void *cache, const char *key, void *value);
int cache_peek (void *cache, const char *key, void *value);

int
warn_cache_put (void *cache)
{
  int v = 7;
  return cache_put (cache, "seven", &v); /* { dg-warning "address of local variable 'v' is passed to 'cache_put', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
nowarn_cache_peek (void *cache)
{
  int v = 0;
  return cache_peek (cache, "seven", &v); /* { dg-bogus "escape" } */
}
