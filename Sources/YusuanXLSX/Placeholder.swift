// YusuanXLSX: placeholder until its issue lands.
