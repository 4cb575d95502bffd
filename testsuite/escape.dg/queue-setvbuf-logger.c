/* Queue rule, positive (realistic): a logger that opens its log file and
   gives it a big buffer to cut down on write calls.  Using a local
   array as the buffer leaves the stream writing into a dead frame after
   log_open returns.  A static buffer, or letting stdio allocate, is
   fine.  */
/* { dg-do compile } */

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#define LOG_BUF 65536

static FILE *g_log;
static char g_logbuf[LOG_BUF];

/* BAD.  */
int
warn_log_open (const char *path)
{
  char buf[LOG_BUF];
  g_log = fopen (path, "a");
  if (!g_log)
    return -1;
  if (setvbuf (g_log, buf, _IOFBF, sizeof buf) != 0) /* { dg-warning "address of local variable 'buf' is passed to 'setvbuf', which keeps it after returning \\\[escape:queue\\\]" } */
    return -1;
  fputs ("log opened\n", g_log);
  return 0;
}

/* Right: the buffer is static.  */
int
nowarn_log_open_static (const char *path)
{
  g_log = fopen (path, "a");
  if (!g_log)
    return -1;
  return setvbuf (g_log, g_logbuf, _IOFBF, sizeof g_logbuf); /* { dg-bogus "escape" } */
}

/* Right: stdio allocates the buffer.  */
int
nowarn_log_open_auto (const char *path)
{
  g_log = fopen (path, "a");
  if (!g_log)
    return -1;
  return setvbuf (g_log, NULL, _IOLBF, 0); /* { dg-bogus "escape" } */
}

/* Formatting into a local line and writing it is fine.  */
void
nowarn_log_printf (const char *fmt, ...)
{
  char line[512];
  char stamp[32];
  time_t now = time (NULL);
  struct tm tm;
  va_list ap;
  if (!g_log)
    return;
  localtime_r (&now, &tm); /* { dg-bogus "escape" } */
  strftime (stamp, sizeof stamp, "%H:%M:%S", &tm); /* { dg-bogus "escape" } */
  va_start (ap, fmt);
  vsnprintf (line, sizeof line, fmt, ap); /* { dg-bogus "escape" } */
  va_end (ap);
  fprintf (g_log, "%s %s\n", stamp, line); /* { dg-bogus "escape" } */
}
