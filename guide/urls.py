from django.urls import path

from guide import change_views, views

app_name = "guide"
urlpatterns = [
    path("", views.home, name="home"),
    path("methods/<slug:slug>/", views.method_detail, name="method_detail"),
    path("tips/", views.tips, name="tips"),
    path("search/", views.search, name="search"),
    path("changes/", change_views.changes, name="changes"),
    path("changes/feed/", change_views.changes_feed, name="changes_feed"),
]
