"""Map and chart builders: return folium/plotly objects, never draw them."""
