/* Arguments: a sink item without ':ARGNO' is malformed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=my_keep" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "NAME:ARGNO expected" } */

#include "args-error.h"
