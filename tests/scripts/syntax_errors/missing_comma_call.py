print("a" "b" 3)
