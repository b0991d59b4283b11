using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => new { e.RelationId, e.Slug }).IsUnique();
        builder.HasIndex(e => e.StartDate);
        builder.HasOne(e => e.Relation).WithMany(r => r.Events).HasForeignKey(e => e.RelationId).OnDelete(DeleteBehavior.Cascade);
    }
}
