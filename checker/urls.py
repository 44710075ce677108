from django.urls import path

app_name = "checker"
urlpatterns = []
