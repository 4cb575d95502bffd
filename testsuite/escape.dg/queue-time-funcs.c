/* Queue rule, negative: time functions filling locals during the call:
   time, localtime_r, gmtime_r, strftime, clock_gettime, nanosleep.  */
/* { dg-do compile } */

#include <time.h>

size_t
nowarn_format_now (char *out, size_t n)
{
  time_t now;
  struct tm tm;
  time (&now); /* { dg-bogus "escape" } */
  localtime_r (&now, &tm); /* { dg-bogus "escape" } */
  return strftime (out, n, "%Y-%m-%d", &tm); /* { dg-bogus "escape" } */
}

long
nowarn_elapsed_ns (void)
{
  struct timespec a, b, nap = { 0, 1000 };
  struct tm utc;
  time_t t = 0;
  clock_gettime (CLOCK_MONOTONIC, &a); /* { dg-bogus "escape" } */
  nanosleep (&nap, NULL); /* { dg-bogus "escape" } */
  clock_gettime (CLOCK_MONOTONIC, &b); /* { dg-bogus "escape" } */
  gmtime_r (&t, &utc); /* { dg-bogus "escape" } */
  return (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) + utc.tm_year;
}
