#include <node_api.h>
#include "xxhash.h"
static napi_value H(napi_env e, napi_callback_info i){size_t c=1;napi_value a[1];napi_get_cb_info(e,i,&c,a,0,0);void*d;size_t l;napi_get_buffer_info(e,a[0],&d,&l);napi_value r;napi_create_bigint_uint64(e,XXH64(d,l,0),&r);return r;}
static napi_value I(napi_env e,napi_value x){napi_value f;napi_create_function(e,"hash64",NAPI_AUTO_LENGTH,H,0,&f);napi_set_named_property(e,x,"hash64",f);return x;}
NAPI_MODULE(NODE_GYP_MODULE_NAME,I)
