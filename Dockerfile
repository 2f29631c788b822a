# Build: restore from the build settings and project files first, so the restore layer is cached.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/KhataBot.Core/KhataBot.Core.csproj src/KhataBot.Core/
COPY src/KhataBot.Infrastructure/KhataBot.Infrastructure.csproj src/KhataBot.Infrastructure/
COPY src/KhataBot.Infrastructure.Postgres/KhataBot.Infrastructure.Postgres.csproj src/KhataBot.Infrastructure.Postgres/
COPY src/KhataBot/KhataBot.csproj src/KhataBot/
RUN dotnet restore src/KhataBot/KhataBot.csproj
COPY src/ src/
RUN dotnet publish src/KhataBot/KhataBot.csproj -c Release --no-restore -o /app

# Run: the ASP.NET Core runtime (the webhook and /healthz run on Kestrel), as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
# tzdata: shops keep their own calendar day (Asia/Kolkata by default). Charts and statement PDFs need nothing
# installed: SkiaSharp's native library and the fonts come with the app (docs/decisions/0014).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app .
# Hangfire (LGPL-3.0) ships as its own unmodified DLLs; its notice and licence texts go with it.
COPY THIRD-PARTY-NOTICES ./
USER $APP_UID
# The book, its sent log and lock, and the jobs (reminders' schedule) all live on the volume, so a new
# container takes over where the old one stopped.
ENV ConnectionStrings__Khata="Data Source=/data/khatabot.db" \
    ConnectionStrings__Jobs="Data Source=/data/khatabot-jobs.db" \
    Console__FilesDirectory=/data/files \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
VOLUME /data
ENTRYPOINT ["dotnet", "KhataBot.dll"]
