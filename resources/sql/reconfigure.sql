-- Makes a changed configuration option take effect.
RECONFIGURE
