"""Every use of a private Streamlit or streamlit-folium internal, in one place."""
