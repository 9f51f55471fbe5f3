print("never runs")
break
