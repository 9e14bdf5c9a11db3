"""The use cases the CLI and the window share, with no Qt: each service
function owns its transaction (if it writes) and is given a Store, so a worker
thread can call it on its own connection. Below: io/ (file formats), store/
(the database), domain/ (records and rules); above: ui/, commands/ and
render/ (Qt drawing of what services compute)."""
