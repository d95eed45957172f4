// YusuanGenerator
